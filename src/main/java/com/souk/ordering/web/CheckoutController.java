package com.souk.ordering.web;

import com.souk.common.BusinessRuleException;
import com.souk.common.FieldErrorException;
import com.souk.common.web.MoneyFormat;
import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.PlaceOrder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkout from the cart: one order per seller, each placed with a key made from the form's idempotency key
 * and the seller, so submitting the same form twice places nothing new.
 */
@Controller
@RequestMapping("/checkout")
@PreAuthorize("hasRole('BUYER')")
class CheckoutController {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final Cart cart;
    private final CartContents contents;
    private final PlaceOrder placeOrder;
    private final Validator validator;
    private final MoneyFormat money;

    CheckoutController(Cart cart, CartContents contents, PlaceOrder placeOrder, Validator validator, MoneyFormat money) {
        this.cart = cart;
        this.contents = contents;
        this.placeOrder = placeOrder;
        this.validator = validator;
        this.money = money;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SoukUser buyer, Model model, RedirectAttributes redirect) {
        CartContents.View view = contents.of(cart.lines());
        if (view.isEmpty()) {
            redirect.addFlashAttribute("problem", "Your cart is empty: add something before checking out.");
            return "redirect:/cart";
        }
        CheckoutForm form = new CheckoutForm();
        form.getShippingAddress().setName(buyer.displayName());
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return page(model, view, form);
    }

    @PostMapping
    String place(@AuthenticationPrincipal SoukUser buyer, @ModelAttribute("checkout") CheckoutForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        String key = form.getIdempotencyKey();
        Optional<List<Long>> earlier = key == null ? Optional.empty() : cart.orderedWith(key);
        if (earlier.isPresent()) {
            redirect.addFlashAttribute("notice", "This checkout was already placed as " + numbers(earlier.get())
                    + "; nothing was ordered twice.");
            return "redirect:/account/orders";
        }
        CartContents.View view = contents.of(cart.lines());
        if (view.isEmpty()) {
            redirect.addFlashAttribute("problem", "Your cart is empty: add something before checking out.");
            return "redirect:/cart";
        }
        if (key == null || !KEY.matcher(key).matches()) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
            errors.reject("checkout.expired", "This checkout form has expired. Check your details and place the order again.");
        }
        checkAsTheApiDoes(form, view, errors);
        if (view.hasShortage()) {
            errors.reject("checkout.stock", "Some items are no longer in stock in the quantity you want; "
                    + "change them in your cart first.");
        }
        if (errors.hasErrors()) {
            return page(model, view, form);
        }
        List<Order> placed = new ArrayList<>();
        try {
            for (CartContents.SellerGroup group : view.sellers()) {
                PlaceOrder.Checkout checkout = form.toJson(items(group)).toCheckout();
                Order order = placeOrder.place(buyer, checkout, key + "-" + group.sellerId()).order();
                placed.add(order);
                cart.ordered(key, group.productIds(), List.of(order.id()));
            }
        } catch (FieldErrorException e) {
            e.errors().forEach(f -> reject(errors, f.field(), f.message()));
        } catch (BusinessRuleException e) {
            errors.reject("checkout.refused", e.getMessage());
        }
        String notice = placed.isEmpty() ? null : placedNotice(placed, view);
        if (errors.hasErrors()) {
            if (!placed.isEmpty()) {
                // the key now stands for the orders just placed; what is left in the cart needs a key of its own
                form.setIdempotencyKey(UUID.randomUUID().toString());
            }
            model.addAttribute("notice", notice);
            return page(model, contents.of(cart.lines()), form);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/account/orders";
    }

    private String page(Model model, CartContents.View view, CheckoutForm form) {
        form.getCard().setCvc(null);
        model.addAttribute("cart", view);
        model.addAttribute("checkout", form);
        return "ordering/checkout";
    }

    /** The API's own constraints (CheckoutJson), reported under the same field names the form uses. */
    private void checkAsTheApiDoes(CheckoutForm form, CartContents.View view, BindingResult errors) {
        for (CartContents.SellerGroup group : view.sellers()) {
            validator.validate(form.toJson(items(group))).stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach((ConstraintViolation<CheckoutJson> v) -> reject(errors, v.getPropertyPath().toString(),
                            v.getMessage()));
        }
    }

    private static void reject(BindingResult errors, String field, String message) {
        if (field.startsWith("shippingAddress.") || field.startsWith("card.")) {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "invalid", message);
            }
        } else if (field.startsWith("items")) {
            errors.reject("invalid", "An item in your cart cannot be ordered: " + message + ". Check your cart.");
        } else {
            errors.reject("invalid", field + " " + message);
        }
    }

    private static List<CheckoutJson.ItemJson> items(CartContents.SellerGroup group) {
        return group.lines().stream()
                .map(l -> new CheckoutJson.ItemJson(l.product().id(), l.quantity()))
                .toList();
    }

    private String placedNotice(List<Order> placed, CartContents.View view) {
        Map<Long, String> sellers = view.sellers().stream()
                .collect(Collectors.toMap(CartContents.SellerGroup::sellerId, CartContents.SellerGroup::sellerName));
        String what = placed.stream()
                .map(o -> "order #" + o.id() + " with " + sellers.get(o.sellerId()) + " (" + money.format(o.total()) + ")")
                .collect(Collectors.joining(" and "));
        return "Thank you! You placed " + what + ". We are confirming the payment now; each order's page shows how "
                + "it goes.";
    }

    private static String numbers(List<Long> orderIds) {
        return (orderIds.size() == 1 ? "order " : "orders ")
                + orderIds.stream().map(id -> "#" + id).collect(Collectors.joining(" and "));
    }
}
