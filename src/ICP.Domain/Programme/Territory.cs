using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>A country or territory a city can apply from, identified by its ISO 3166-1 alpha-2 code.</summary>
public sealed class Territory
{
    private Territory()
    {
        Code = string.Empty;
        Name = string.Empty;
        OfficialName = string.Empty;
    }

    public Territory(string code, string name, string officialName, TerritoryKind kind, bool isEuMemberState)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new InvalidProgrammeDataException($"'{code}' is not an ISO 3166-1 alpha-2 code.");
        }

        if (isEuMemberState && kind != TerritoryKind.Country)
        {
            throw new InvalidProgrammeDataException($"{code}: an EU Member State is a country.");
        }

        Code = code;
        Name = Require(name, nameof(name));
        OfficialName = Require(officialName, nameof(officialName));
        Kind = kind;
        IsEuMemberState = isEuMemberState;
    }

    public string Code { get; private set; }

    /// <summary>Short English name as used by the EU (e.g. "Czechia", "South Korea").</summary>
    public string Name { get; private set; }

    /// <summary>Full official English name (e.g. "Hong Kong Special Administrative Region of China").</summary>
    public string OfficialName { get; private set; }

    public TerritoryKind Kind { get; private set; }

    public bool IsEuMemberState { get; private set; }

    /// <summary>Brings reference data up to date without changing the code (the key).</summary>
    public bool UpdateFrom(Territory source)
    {
        var changed = Name != source.Name || OfficialName != source.OfficialName
            || Kind != source.Kind || IsEuMemberState != source.IsEuMemberState;
        Name = source.Name;
        OfficialName = source.OfficialName;
        Kind = source.Kind;
        IsEuMemberState = source.IsEuMemberState;
        return changed;
    }

    private static string Require(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidProgrammeDataException($"{what} is required.") : value.Trim();
}
