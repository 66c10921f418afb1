using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ICP.Domain.Applications;

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

public sealed record SubmittedAuthority(string OfficialName, string CountryCode, string QuotaGroup);

public sealed record SubmittedDocument(string FileName, long SizeBytes, string Sha256);

/// <summary>Step answers to and from their stored JSON.</summary>
public static class StepData
{
    public static string Serialize(StepForm form) => JsonSerializer.Serialize(form, form.GetType(), SubmissionContent.Json);

    public static StepForm Deserialize(StepInfo step, string? json) =>
        (StepForm)(string.IsNullOrWhiteSpace(json)
            ? Activator.CreateInstance(step.FormType)!
            : JsonSerializer.Deserialize(json, step.FormType, SubmissionContent.Json) ?? Activator.CreateInstance(step.FormType)!);

    public static T Read<T>(Application application, ApplicationStep step)
        where T : StepForm, new()
    {
        var section = application.Section(step);
        var form = section is null ? new T() : JsonSerializer.Deserialize<T>(section.DataJson, SubmissionContent.Json) ?? new T();
        form.Version = section?.Version ?? Guid.Empty;
        return form;
    }
}

/// <summary>Receipt verification codes: 12 characters of Crockford's base32 (no I, L, O, U), shown as XXXX-XXXX-XXXX.</summary>
public static class ReceiptCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> code = stackalloc char[12];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>Reads a code as people type it: any case, with or without dashes or spaces; O read as 0, I and L as 1.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var clean = new string(typed.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray())
            .Replace('O', '0').Replace('I', '1').Replace('L', '1');
        return clean.Length == 12 && clean.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            ? $"{clean[..4]}-{clean[4..8]}-{clean[8..]}"
            : null;
    }
}
