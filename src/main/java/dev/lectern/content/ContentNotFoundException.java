package dev.lectern.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown track, lesson, section or question: the reader gets the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ContentNotFoundException extends RuntimeException {

	public ContentNotFoundException(String what) {
		super(what + " not found");
	}

}
