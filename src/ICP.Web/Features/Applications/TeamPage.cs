using ICP.Web.Features.Authorities;

namespace ICP.Web.Features.Applications;

public sealed record TeamPage(string AuthorityName, string CountryCode, IReadOnlyList<TeamMember> Members, IReadOnlyList<PendingInvitation> Invitations, InvitationForm Form, bool YouAreSubmitter);
