using System.Text;
using System.Text.Json;
using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

public sealed record SubmittedAuthority(string OfficialName, string CountryCode, string QuotaGroup);
