namespace ICP.Web.Features.Applications;

/// <summary>Who invited the person, to which authority: names as their authors typed them.</summary>
public sealed record InvitationDetails(string AuthorityName, string CountryCode, string InvitedBy, DateTimeOffset ExpiresAt);
