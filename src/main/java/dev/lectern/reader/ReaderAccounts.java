package dev.lectern.reader;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * What accounts need from readers: an account owns one reader, whose rows every device
 * signed in to it reads and writes. Before signing in, a browser is an anonymous reader
 * named by its cookie; signing up adopts that reader, signing in merges it into the
 * account's. Afterwards the browser names its reader through the HTTP session only.
 */
@Component
public class ReaderAccounts {

	private final ReaderStore store;

	private final NewReaderLimit limit;

	private final Clock clock;

	ReaderAccounts(ReaderStore store, NewReaderLimit limit, Clock clock) {
		this.store = store;
		this.limit = limit;
		this.clock = clock;
	}

	/** The anonymous reader this browser has been so far (its cookie names a reader of no account). */
	public Optional<String> anonymousReader(HttpServletRequest request) {
		String id = ReaderCookie.readerId(request);
		return (id != null && this.store.isAnonymous(id)) ? Optional.of(id) : Optional.empty();
	}

	/**
	 * The reader of a new account: the browser's anonymous reader, kept from now on, or a
	 * new one (limited per client address like every new reader). Joins the caller's
	 * transaction, so a failed sign-up leaves nothing behind.
	 */
	public String readerForNewAccount(HttpServletRequest request) {
		Instant now = this.clock.instant();
		Optional<String> anonymous = anonymousReader(request);
		if (anonymous.isPresent() && this.store.keep(anonymous.get(), now)) {
			return anonymous.get();
		}
		if (!this.limit.allow(request.getRemoteAddr())) {
			throw new ReaderSession.TooManyNewReadersException(this.limit.retryAfterSeconds());
		}
		String id = UUID.randomUUID().toString();
		this.store.createKept(id, now);
		return id;
	}

	/** Moves an anonymous reader's visits and answers into the account's reader (see {@link ReaderStore#merge}). */
	public void merge(String anonymousReader, String accountReader) {
		if (!anonymousReader.equals(accountReader)) {
			this.store.merge(anonymousReader, accountReader, this.clock.instant());
		}
	}

	/**
	 * From now on this browser is the account's reader, through its session (a plain
	 * string); the anonymous reader's cookie goes, so signing out leaves a fresh reader.
	 */
	public void signIn(String accountReader, HttpServletRequest request, HttpServletResponse response) {
		request.getSession().setAttribute(ReaderSession.SESSION_READER_ID, accountReader);
		if (ReaderCookie.present(request)) {
			ReaderCookie.clear(request, response);
		}
	}

	/** The browser forgets any reader cookie it holds: the next save makes a new reader. */
	public void signOut(HttpServletRequest request, HttpServletResponse response) {
		if (ReaderCookie.present(request)) {
			ReaderCookie.clear(request, response);
		}
	}

	public Optional<ReaderData> export(String readerId) {
		return this.store.export(readerId);
	}

	/** Deletes the reader and every row it owns; joins the caller's transaction. */
	public void delete(String readerId) {
		this.store.delete(readerId);
	}

}
