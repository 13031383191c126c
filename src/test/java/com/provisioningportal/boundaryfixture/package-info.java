/**
 * A planted breach for the boundary rules to reject: {@code web.Banner}, shared page furniture, reaches into the
 * {@code shop} feature's types. Test sources only.
 */
package com.provisioningportal.boundaryfixture;
