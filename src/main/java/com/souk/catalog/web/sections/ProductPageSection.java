package com.souk.catalog.web.sections;

import com.souk.catalog.Product;
import com.souk.identity.SoukUser;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * A section of a product's page that another module fills: it adds what its fragment shows to the model when
 * the page is shown. {@code viewer} is null for a visitor who is not signed in; {@code params} are the page's
 * query parameters (a section's own paging, for instance).
 */
public interface ProductPageSection {

    void addTo(Model model, Product product, SoukUser viewer, Map<String, String> params);
}
