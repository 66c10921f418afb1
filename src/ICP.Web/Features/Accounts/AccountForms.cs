using FluentValidation;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class RegisterForm
{
    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;

    public bool AcceptPrivacy { get; set; }
}

public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage(_ => t["Enter your name."]).MaximumLength(200).WithMessage(_ => t["Use at most {0} characters.", 200])
            .PlainName(t);
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => t["Choose a password."])
            .MinimumLength(12).WithMessage(_ => t["Use at least {0} characters.", 12])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage(_ => t["The two passwords do not match."]);
        RuleFor(f => f.AcceptPrivacy).Equal(true).WithMessage(_ => t["Confirm that you have read the privacy statement."]);
    }
}

public sealed class LoginForm
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => t["Enter your password."])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
    }
}

public sealed class CodeForm
{
    public string Code { get; set; } = string.Empty;
}

public sealed class CodeFormValidator : AbstractValidator<CodeForm>
{
    public CodeFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage(_ => t["Enter the code."])
            .MaximumLength(20).WithMessage(_ => t["Use at most {0} characters.", 20]);
    }
}

public sealed class EmailForm
{
    public string Email { get; set; } = string.Empty;
}

public sealed class EmailFormValidator : AbstractValidator<EmailForm>
{
    public EmailFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
    }
}

public sealed class ResetPasswordForm
{
    public string Email { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
        RuleFor(f => f.Code).NotEmpty().WithMessage(_ => t["This link has expired or was already used. Ask for a new one."]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => t["Choose a password."])
            .MinimumLength(12).WithMessage(_ => t["Use at least {0} characters.", 12])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage(_ => t["The two passwords do not match."]);
    }
}

public sealed class ChangePasswordForm
{
    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage(_ => t["Choose a password."])
            .MinimumLength(12).WithMessage(_ => t["Use at least {0} characters.", 12])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(_ => t["The two passwords do not match."]);
    }
}

/// <summary>"Confirm it is you": the password, and the authenticator's code when two-step sign-in is on.</summary>
public sealed class ConfirmIdentityForm
{
    public string Password { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;
}

public sealed class ConfirmIdentityFormValidator : AbstractValidator<ConfirmIdentityForm>
{
    public ConfirmIdentityFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => t["Enter your password."])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
        RuleFor(f => f.Code).MaximumLength(20).WithMessage(_ => t["Use at most {0} characters.", 20]);
    }
}
