/**
 * Parts of the product page that other modules fill (reviews, questions to the seller). Catalog cannot call
 * those modules, which depend on it, so they plug in here and the page includes their fragments.
 */
@org.springframework.modulith.NamedInterface("sections")
package com.souk.catalog.web.sections;
