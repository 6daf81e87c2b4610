/// The sign-in form: email and password, labelled for password managers
/// (`autocomplete`), with the guard value that stands in for a CSRF token before
/// there is a session.
enum SignInPage {
    static func layout(email: String = "", next: String?, guardValue: String, errors: FormErrors = FormErrors()) -> PageLayout {
        PageLayout(
            title: errors.titlePrefix + "Sign in",
            content: [
                errors.summary,
                .h1([], "Sign in to Equitas"),
                .p([], "Review managers, peers, council officers and councillors sign in here. Published reports need no account."),
                .form(
                    action: Site.signInPost.path, method: .post, [Attribute("novalidate", nil)],
                    .input([Attribute("type", "hidden"), Attribute("name", CSRFMiddleware.field), Attribute("value", guardValue)]),
                    .input([Attribute("type", "hidden"), Attribute("name", "next"), Attribute("value", next ?? "")]),
                    FormControls.text("email", label: "Email address", value: email, error: errors["email"], type: "email", autocomplete: "username"),
                    FormControls.text("password", label: "Password", error: errors["password"], type: "password", autocomplete: "current-password"),
                    FormControls.submit("Sign in")),
            ],
            currentPath: Site.signIn.path)
    }
}
