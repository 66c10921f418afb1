namespace ICP.Web.Features.Applications;

public sealed record TeamMember(string UserId, string Name, string Email, bool IsSubmitter, bool IsYou);
