namespace ICP.Web.Features.Applications;

public sealed record SubmittedAuthority(string OfficialName, string CountryCode, string QuotaGroup);
