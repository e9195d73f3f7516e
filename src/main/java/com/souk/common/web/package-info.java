/** Web concerns every module's pages and API share: error mapping and how money and dates are shown. */
@org.springframework.modulith.NamedInterface("web")
package com.souk.common.web;
