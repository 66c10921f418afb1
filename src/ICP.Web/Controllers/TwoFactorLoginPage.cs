using ICP.Web.Features.Accounts;

namespace ICP.Web.Controllers;

public sealed record TwoFactorLoginPage(CodeForm Form, string ReturnUrl);
