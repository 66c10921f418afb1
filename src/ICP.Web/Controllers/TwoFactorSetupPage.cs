using ICP.Web.Features.Accounts;

namespace ICP.Web.Controllers;

public sealed record TwoFactorSetupPage(CodeForm Form, string SharedKey, string QrCodeImage);
