// The applications' validators (parsing a request into the canonical content, with violations).
export {};
