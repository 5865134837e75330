package dev.lectern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class LecternApplication {

	public static void main(String[] args) {
		SpringApplication.run(LecternApplication.class, args);
	}

}
