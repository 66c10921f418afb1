using ICP.Web.Features.Accounts;

namespace ICP.Web.Controllers;

public sealed record LoginPage(LoginForm Form, string ReturnUrl);
