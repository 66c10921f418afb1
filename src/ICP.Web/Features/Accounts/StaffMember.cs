namespace ICP.Web.Features.Accounts;

public sealed record StaffMember(string UserId, string Name, string Email, IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool Confirmed);
