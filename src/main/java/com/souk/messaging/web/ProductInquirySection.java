package com.souk.messaging.web;

import com.souk.common.web.PageNumbers;
import com.souk.catalog.Product;
import com.souk.catalog.web.sections.ProductPageSection;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.messaging.MessagePage;
import com.souk.messaging.ProductInquiries;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * "Ask the seller a question" on a product's page, for a signed-in buyer: their own conversation about the
 * product (newest messages; {@code ?messages=N} pages back), marked read as it is shown, and the form below it.
 */
@Component
class ProductInquirySection implements ProductPageSection {

    static final int PAGE_SIZE = 20;

    private final ProductInquiries inquiries;
    private final Users users;

    ProductInquirySection(ProductInquiries inquiries, Users users) {
        this.inquiries = inquiries;
        this.users = users;
    }

    @Override
    public void addTo(Model model, Product product, SoukUser viewer, Map<String, String> params) {
        if (viewer == null || !viewer.is(Role.BUYER)) {
            return;
        }
        MessagePage page = MessagePage.requestedOrNewest(PageNumbers.orNull(params.get("messages")),
                n -> inquiries.ofBuyer(viewer, product.id(), n, PAGE_SIZE));
        model.addAttribute("inquiry", ConversationView.of(page, viewer, users));
    }
}
