namespace ICP.Web.Features.Applications;

public sealed record PendingInvitation(int Id, string Email, DateTimeOffset ExpiresAt);
