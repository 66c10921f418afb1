namespace ICP.Web.Features.Calls;

public sealed record ExtensionRow(int AuthorityId, string Authority, string Country, DateTimeOffset Until, string Reason, string GrantedBy, DateTimeOffset GrantedAt, bool Active);
