/**
 * A channel that exists only in the tests: registered by one test class, it contributes to every point a channel
 * plugs into, and nothing outside this package knows it.
 */
package com.provisioningportal.fakechannel;
