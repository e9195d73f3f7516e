package com.souk.catalog.web;

import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.ListingChange;
import com.souk.catalog.ProductListings.NewListing;
import com.souk.catalog.Products;
import com.souk.common.BusinessRuleException;
import com.souk.common.NotFoundException;
import com.souk.identity.SoukUser;
import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The seller's own listings: a page of them, a form for a new one and one to change price, stock and text. */
@Controller
@RequestMapping("/seller/listings")
@PreAuthorize("hasRole('SELLER')")
class SellerListingsController {

    static final int PAGE_SIZE = 20;

    private final Products products;
    private final ProductListings listings;

    SellerListingsController(Products products, ProductListings listings) {
        this.products = products;
        this.listings = listings;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SoukUser seller, @RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(page, 0);
        long total = products.countOfSeller(seller.id());
        model.addAttribute("products", products.ofSeller(seller.id(), current, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("totalPages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("total", total);
        return "seller/listings";
    }

    @GetMapping("/new")
    String newListing(Model model) {
        model.addAttribute("listing", new ListingForm());
        return "seller/listing-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal SoukUser seller,
            @Validated({Default.class, ListingForm.New.class}) @ModelAttribute("listing") ListingForm form,
            BindingResult errors, RedirectAttributes redirect) {
        checkPrice(form, errors);
        if (errors.hasErrors()) {
            return "seller/listing-form";
        }
        try {
            Product created = listings.create(seller.id(), new NewListing(form.getTitle(), form.getDescription(),
                    form.getCategory(), form.priceMinor(), form.stockCount()));
            redirect.addFlashAttribute("notice", "Listed “" + created.title() + "”.");
            return "redirect:/seller/listings";
        } catch (BusinessRuleException e) {
            errors.rejectValue("title", "duplicate", e.getMessage());
            return "seller/listing-form";
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SoukUser seller, @PathVariable long id, Model model) {
        Product product = own(seller, id);
        ListingForm form = new ListingForm();
        form.setDescription(product.description());
        form.setPrice(BigDecimal.valueOf(product.price().amountMinor(), 2).toPlainString());
        form.setStock(String.valueOf(product.stock()));
        model.addAttribute("product", product);
        model.addAttribute("listing", form);
        return "seller/listing-form";
    }

    @PostMapping("/{id}")
    String change(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @Validated @ModelAttribute("listing") ListingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Product product = own(seller, id);
        checkPrice(form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("product", product);
            return "seller/listing-form";
        }
        Product changed = listings.change(seller.id(), id,
                new ListingChange(form.getDescription(), form.priceMinor(), form.stockCount()));
        redirect.addFlashAttribute("notice", "Saved “" + changed.title() + "”.");
        return "redirect:/seller/listings";
    }

    private Product own(SoukUser seller, long id) {
        return products.byId(id).filter(p -> p.sellerId() == seller.id())
                .orElseThrow(() -> new NotFoundException("You have no product " + id + "."));
    }

    private static void checkPrice(ListingForm form, BindingResult errors) {
        if (errors.hasFieldErrors("price")) {
            return;
        }
        long minor = form.priceMinor();
        if (minor <= 0) {
            errors.rejectValue("price", "positive", "the price must be more than 0");
        } else if (minor > ListingForm.MAX_PRICE_MINOR) {
            errors.rejectValue("price", "max", "at most 1,000,000.00");
        }
    }
}
