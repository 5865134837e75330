package dev.lectern;

import java.util.Arrays;

import dev.lectern.content.ContentCheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class LecternApplication {

	public static void main(String[] args) {
		// checks lesson files and exits, without starting the application (docs/writing-lessons.md)
		if (args.length > 0 && args[0].equals(ContentCheck.OPTION)) {
			System.exit(ContentCheck.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(LecternApplication.class, args);
	}

}
