/** Reviews of completed orders: the invitation and its window, one review per order, and what feeds ratings. */
package com.souk.reviews;
