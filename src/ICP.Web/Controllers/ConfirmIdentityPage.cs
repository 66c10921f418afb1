using ICP.Web.Features.Accounts;

namespace ICP.Web.Controllers;

public sealed record ConfirmIdentityPage(ConfirmIdentityForm Form, bool TwoStepSignIn, string ReturnUrl);
