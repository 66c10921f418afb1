using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ICP.Web.Features.Applications;

/// <summary>
/// The canonical form of what a city submitted: one JSON document with a fixed property order,
/// camel-case names, no whitespace and the serializer's default escaping. Its SHA-256 is printed on
/// the receipt, and anyone holding the JSON (downloadable from the version page) can recompute it.
/// </summary>
public sealed record SubmissionContent(
    string Call,
    string Reference,
    SubmittedAuthority Authority,
    LocalAuthorityStepForm LocalAuthority,
    ContactsStepForm Contacts,
    ThemesStepForm Themes,
    CaseStepForm Case,
    CapacityStepForm Capacity,
    SubmittedDocument Document)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };

    public string ToCanonicalJson() => JsonSerializer.Serialize(this, Json);

    public static string Sha256Of(string canonicalJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)));
}
