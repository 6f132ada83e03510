package dev.tandem.account.account.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.domain.AccountPosition;
import dev.tandem.account.account.domain.AccountSort;
import dev.tandem.account.account.domain.AccountSort.Direction;
import dev.tandem.account.account.domain.AccountSort.Key;
import dev.tandem.account.account.domain.ListedAccount;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.problem.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountCursorTest {

    private final ListedAccount listed = listed("Acme", new BigDecimal("12500.50"), LocalDate.of(2027, 1, 31), 64);

    @Test
    void aCursorGivesBackTheSortKeyAndIdOfTheLastAccount() {
        assertThat(roundTrip(new AccountSort(Key.NAME, Direction.DESC), listed))
                .isEqualTo(new AccountPosition("Acme", listed.account().id));
        assertThat(roundTrip(new AccountSort(Key.SCORE, Direction.ASC), listed).key())
                .isEqualTo(64);
        assertThat(roundTrip(new AccountSort(Key.ARR, Direction.ASC), listed).key())
                .isEqualTo(new BigDecimal("12500.50"));
        assertThat(roundTrip(new AccountSort(Key.RENEWAL, Direction.DESC), listed)
                        .key())
                .isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void aMissingScoreOrRenewalStaysMissing() {
        ListedAccount bare = listed("", BigDecimal.ZERO, null, null);

        assertThat(roundTrip(new AccountSort(Key.SCORE, Direction.DESC), bare).key())
                .isNull();
        assertThat(roundTrip(new AccountSort(Key.RENEWAL, Direction.ASC), bare).key())
                .isNull();
        assertThat(roundTrip(new AccountSort(Key.NAME, Direction.ASC), bare).key())
                .isEqualTo("");
    }

    @Test
    void aCursorOfAnotherOrderOrNotMadeHereIsRefusedNamingAfter() {
        String byScore = AccountCursor.after(new AccountSort(Key.SCORE, Direction.DESC), listed);

        assertThatThrownBy(() -> AccountCursor.position(new AccountSort(Key.SCORE, Direction.ASC), byScore))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("after"));
        String forged =
                Cursor.encode(List.of("SCORE:DESC", "sixty", UUID.randomUUID().toString()));
        assertThatThrownBy(() -> AccountCursor.position(new AccountSort(Key.SCORE, Direction.DESC), forged))
                .isInstanceOf(InvalidInputException.class);
        String oldStyle = Cursor.encode(List.of("Acme", UUID.randomUUID().toString()));
        assertThatThrownBy(() -> AccountCursor.position(new AccountSort(Key.NAME, Direction.ASC), oldStyle))
                .isInstanceOf(InvalidInputException.class);
    }

    private static AccountPosition roundTrip(AccountSort sort, ListedAccount last) {
        return AccountCursor.position(sort, AccountCursor.after(sort, last));
    }

    private static ListedAccount listed(String name, BigDecimal arr, LocalDate renewal, Integer score) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.name = name;
        account.arr = arr;
        account.nextRenewalDate = renewal;
        return new ListedAccount(account, score);
    }
}
