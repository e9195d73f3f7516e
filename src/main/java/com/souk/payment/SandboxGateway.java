package com.souk.payment;

import com.souk.common.FieldErrorException;
import com.souk.common.FieldErrorException.FieldMessage;
import com.souk.common.Money;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A gateway in test mode, like a real PSP's sandbox: test card numbers decide the outcome, and a charge
 * repeated with the same idempotency key returns the first answer without charging again. Kept on JdbcClient: its
 * tables stand for the provider's side (its card vault and charge log), written once by key, not Souk's aggregates.
 */
@Component
class SandboxGateway implements PaymentGateway {

    static final String DECLINED_CARD = "4000000000000002";
    static final String INSUFFICIENT_FUNDS_CARD = "4000000000009995";

    private final JdbcClient jdbc;
    private final Clock clock;

    SandboxGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public CardToken tokenize(CardDetails card) {
        String number = card.number() == null ? "" : card.number().replaceAll("[ -]", "");
        List<FieldMessage> errors = new ArrayList<>();
        if (!number.matches("\\d{12,19}") || !CardChecks.luhnValid(number)) {
            errors.add(new FieldMessage("card.number", "is not a valid card number"));
        }
        Optional<YearMonth> expiry = CardChecks.parseExpiry(card.expiry());
        if (expiry.isEmpty()) {
            errors.add(new FieldMessage("card.expiry", "must be MM/YY"));
        } else if (expiry.get().isBefore(YearMonth.now(clock))) {
            errors.add(new FieldMessage("card.expiry", "the card has expired"));
        }
        if (card.cvc() == null || !card.cvc().matches("\\d{3,4}")) {
            errors.add(new FieldMessage("card.cvc", "must be 3 or 4 digits"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
        String token = "tok_" + UUID.randomUUID().toString().replace("-", "");
        String last4 = number.substring(number.length() - 4);
        jdbc.sql("insert into sandbox_cards (token, card_number, last4, created_at) values (?, ?, ?, ?)")
                .params(token, number, last4, now()).update();
        return new CardToken(token, last4);
    }

    @Override
    public ChargeResult charge(String idempotencyKey, String token, Money amount) {
        Optional<ChargeResult> earlier = jdbc.sql("select outcome, reference from sandbox_charges where idempotency_key = ?")
                .param(idempotencyKey)
                .query((rs, n) -> new ChargeResult(ChargeResult.Outcome.valueOf(rs.getString(1)), rs.getString(2)))
                .optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String number = jdbc.sql("select card_number from sandbox_cards where token = ?").param(token)
                .query(String.class).optional().orElse("");
        ChargeResult.Outcome outcome = switch (number) {
            case DECLINED_CARD -> ChargeResult.Outcome.DECLINED;
            case INSUFFICIENT_FUNDS_CARD -> ChargeResult.Outcome.INSUFFICIENT_FUNDS;
            case "" -> ChargeResult.Outcome.DECLINED;
            default -> ChargeResult.Outcome.APPROVED;
        };
        String reference = "ch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        record(idempotencyKey, token, amount, outcome.name(), reference);
        return new ChargeResult(outcome, reference);
    }

    @Override
    public void refund(String idempotencyKey, String token, Money amount) {
        record(idempotencyKey, token, amount, "REFUNDED",
                "re_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    private void record(String key, String token, Money amount, String outcome, String reference) {
        jdbc.sql("""
                insert into sandbox_charges (idempotency_key, token, amount_minor, currency, outcome, reference, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(key, token, amount.amountMinor(), amount.currency(), outcome, reference, now()).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
