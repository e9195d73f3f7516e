package com.souk.account.web;

import com.souk.common.ConflictException;
import com.souk.identity.SoukUser;
import com.souk.reviews.WriteReview;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buyer reviews a completed order from its page, once, while the review window is open. */
@Controller
@PreAuthorize("hasRole('BUYER')")
class BuyerReviewController {

    private final OrderPage page;
    private final WriteReview writeReview;

    BuyerReviewController(OrderPage page, WriteReview writeReview) {
        this.page = page;
        this.writeReview = writeReview;
    }

    @PostMapping("/account/orders/{id}/review")
    String review(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        OrderPage.View view = page.of(buyer, id);
        Optional<ReviewForm.Stars> stars = form.validate(errors);
        if (stars.isEmpty()) {
            return BuyerOrdersController.show(model, view, new DisputeForm(), new ExtensionForm());
        }
        try {
            writeReview.write(buyer, id, stars.get().product(), stars.get().seller(), form.getText());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/account/orders/" + id + "#review";
        }
        redirect.addFlashAttribute("notice", "Thank you for your review. It now shows on the product's page.");
        return "redirect:/account/orders/" + id + "#review";
    }
}
