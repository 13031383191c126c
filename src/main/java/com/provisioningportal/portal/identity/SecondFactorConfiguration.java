package com.provisioningportal.portal.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecondFactorSettings.class)
class SecondFactorConfiguration {

}
