/** The buyer's account pages: their orders, what happened to each, and the buyer-protection actions on it. */
package com.souk.account;
