using ICP.Domain.Programme;

namespace ICP.Infrastructure.Seeding;

/// <summary>
/// The countries and territories the programme deals with: the EU-27 of 2021 and the six partners.
/// Short names follow the EU Interinstitutional Style Guide (Czechia, South Korea); Greece keeps its
/// ISO code GR here although EU documents write EL.
/// </summary>
public static class ReferenceTerritories
{
    public static IReadOnlyList<Territory> All { get; } =
    [
        Eu("AT", "Austria", "Republic of Austria"),
        Eu("BE", "Belgium", "Kingdom of Belgium"),
        Eu("BG", "Bulgaria", "Republic of Bulgaria"),
        Eu("HR", "Croatia", "Republic of Croatia"),
        Eu("CY", "Cyprus", "Republic of Cyprus"),
        Eu("CZ", "Czechia", "Czech Republic"),
        Eu("DK", "Denmark", "Kingdom of Denmark"),
        Eu("EE", "Estonia", "Republic of Estonia"),
        Eu("FI", "Finland", "Republic of Finland"),
        Eu("FR", "France", "French Republic"),
        Eu("DE", "Germany", "Federal Republic of Germany"),
        Eu("GR", "Greece", "Hellenic Republic"),
        Eu("HU", "Hungary", "Hungary"),
        Eu("IE", "Ireland", "Ireland"),
        Eu("IT", "Italy", "Italian Republic"),
        Eu("LV", "Latvia", "Republic of Latvia"),
        Eu("LT", "Lithuania", "Republic of Lithuania"),
        Eu("LU", "Luxembourg", "Grand Duchy of Luxembourg"),
        Eu("MT", "Malta", "Republic of Malta"),
        Eu("NL", "Netherlands", "Kingdom of the Netherlands"),
        Eu("PL", "Poland", "Republic of Poland"),
        Eu("PT", "Portugal", "Portuguese Republic"),
        Eu("RO", "Romania", "Romania"),
        Eu("SK", "Slovakia", "Slovak Republic"),
        Eu("SI", "Slovenia", "Republic of Slovenia"),
        Eu("ES", "Spain", "Kingdom of Spain"),
        Eu("SE", "Sweden", "Kingdom of Sweden"),
        new("CA", "Canada", "Canada", TerritoryKind.Country, isEuMemberState: false),
        new("ZA", "South Africa", "Republic of South Africa", TerritoryKind.Country, isEuMemberState: false),
        new("SG", "Singapore", "Republic of Singapore", TerritoryKind.Country, isEuMemberState: false),
        new("HK", "Hong Kong", "Hong Kong Special Administrative Region of the People's Republic of China", TerritoryKind.Territory, isEuMemberState: false),
        new("KR", "South Korea", "Republic of Korea", TerritoryKind.Country, isEuMemberState: false),
        new("TW", "Taiwan", "Taiwan", TerritoryKind.Territory, isEuMemberState: false),
    ];

    private static Territory Eu(string code, string name, string officialName) =>
        new(code, name, officialName, TerritoryKind.Country, isEuMemberState: true);
}
