package dev.lectern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LecternApplication {

	public static void main(String[] args) {
		SpringApplication.run(LecternApplication.class, args);
	}

}
