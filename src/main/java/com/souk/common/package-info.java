/** Shared value types (money, clock) and the problem+json error mapping every module relies on. */
package com.souk.common;
