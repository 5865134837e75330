package dev.lectern.account;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The accounts named in {@code lectern.authors} (comma-separated, any case) see the
 * authors' pages: they get the role AUTHOR when they sign in.
 */
@Component
class Authors {

	static final GrantedAuthority AUTHOR = new SimpleGrantedAuthority("ROLE_AUTHOR");

	private final Set<String> keys;

	Authors(@Value("${lectern.authors:}") String authors) {
		this.keys = Arrays.stream(authors.split(","))
			.map(String::trim)
			.filter(name -> !name.isEmpty())
			.map(Usernames::key)
			.collect(Collectors.toUnmodifiableSet());
	}

	List<GrantedAuthority> authorities(String username) {
		return this.keys.contains(Usernames.key(username)) ? List.of(AUTHOR) : List.of();
	}

}
