namespace ICP.Web.Controllers;

public sealed record AccountOverview(string DisplayName, string Email, bool TwoFactorEnabled, int RecoveryCodesLeft);
