package com.souk.ordering.web;

import com.souk.catalog.Product;
import com.souk.catalog.Products;
import com.souk.common.NotFoundException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buyer's cart page: add from a product page, change quantities, remove with an undo. */
@Controller
@RequestMapping("/cart")
@PreAuthorize("hasRole('BUYER')")
class CartController {

    private final Cart cart;
    private final CartContents contents;
    private final Products products;

    CartController(Cart cart, CartContents contents, Products products) {
        this.cart = cart;
        this.contents = contents;
        this.products = products;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("cart", contents.of(cart.lines()));
        return "ordering/cart";
    }

    @PostMapping("/items")
    String add(@RequestParam long productId, @RequestParam(defaultValue = "") String quantity,
            RedirectAttributes redirect) {
        Product product = product(productId);
        int inCart = cart.quantityOf(productId);
        Optional<String> problem = quantityProblem(product, quantity, inCart);
        if (problem.isEmpty() && inCart == 0 && cart.isFull()) {
            problem = Optional.of("Your cart holds " + Cart.MAX_LINES + " different products, the most one checkout takes.");
        }
        if (problem.isPresent()) {
            redirect.addFlashAttribute("quantityError", problem.get());
            redirect.addFlashAttribute("quantity", quantity);
            return "redirect:/products/" + productId;
        }
        int added = Integer.parseInt(quantity.trim());
        cart.put(productId, inCart + added);
        redirect.addFlashAttribute("notice", "Added " + added + " × " + product.title() + " to your cart.");
        return "redirect:/cart";
    }

    @PostMapping("/items/{productId}")
    String change(@PathVariable long productId, @RequestParam(defaultValue = "") String quantity,
            RedirectAttributes redirect) {
        Product product = product(productId);
        if (cart.quantityOf(productId) == 0) {
            redirect.addFlashAttribute("problem", product.title() + " is no longer in your cart.");
            return "redirect:/cart";
        }
        Optional<String> problem = quantityProblem(product, quantity, 0);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("problem", product.title() + ": " + problem.get());
            return "redirect:/cart";
        }
        cart.put(productId, Integer.parseInt(quantity.trim()));
        redirect.addFlashAttribute("notice", "You now have " + quantity.trim() + " × " + product.title() + " in your cart.");
        return "redirect:/cart";
    }

    @PostMapping("/items/{productId}/removal")
    String remove(@PathVariable long productId, RedirectAttributes redirect) {
        Product product = product(productId);
        cart.remove(productId).ifPresent(quantity -> {
            redirect.addFlashAttribute("notice", "Removed " + product.title() + " from your cart.");
            redirect.addFlashAttribute("removed", new Removed(productId, quantity, product.title()));
        });
        return "redirect:/cart";
    }

    /** A line just removed, so that the cart page can offer to put it back. */
    public record Removed(long productId, int quantity, String title) {
    }

    /** What is wrong with wanting this many more of the product, beside the inCart already there. */
    static Optional<String> quantityProblem(Product product, String quantity, int inCart) {
        int wanted;
        try {
            wanted = Integer.parseInt(quantity.trim());
        } catch (NumberFormatException e) {
            return Optional.of("Enter a whole number from 1 to " + Cart.MAX_QUANTITY + ".");
        }
        if (wanted < 1 || wanted > Cart.MAX_QUANTITY) {
            return Optional.of("Enter a whole number from 1 to " + Cart.MAX_QUANTITY + ".");
        }
        if (product.stock() == 0) {
            return Optional.of("Out of stock: the seller has none left.");
        }
        if (inCart + wanted > product.stock()) {
            return Optional.of("Only " + product.stock() + " in stock"
                    + (inCart > 0 ? " and you already have " + inCart + " in your cart." : "."));
        }
        if (inCart + wanted > Cart.MAX_QUANTITY) {
            return Optional.of("One order takes at most " + Cart.MAX_QUANTITY + " of a product; you already have "
                    + inCart + " in your cart.");
        }
        return Optional.empty();
    }

    private Product product(long productId) {
        return products.byId(productId)
                .orElseThrow(() -> new NotFoundException("There is no product " + productId + "."));
    }
}
