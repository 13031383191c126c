/**
 * Sinch's RCS senders: the brand, the launch questionnaire and the launch with its country and operator statuses,
 * and the test numbers invited to try the sender. Only the RCS feature uses them.
 */
@org.springframework.modulith.NamedInterface("rcs")
package com.provisioningportal.portal.gateway.rcs;
