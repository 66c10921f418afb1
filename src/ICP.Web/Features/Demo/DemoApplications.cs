namespace ICP.Web.Features.Demo;

/// <summary>
/// Who applies in the demo, and how the demo's evaluators score them, chosen so that the rules can
/// be seen at work: Germany, Italy and Spain apply more often than the per-Member-State cap of 3
/// lets be selected, several Member States once or twice, nine not at all; every partner group has
/// more passing applications than seats (one more for Canada, so the reserve list shows); and some
/// applications score well overall but below a criterion's threshold, so the board ranks them high
/// and still refuses to select them. Real municipalities, each of its own country.
/// </summary>
internal static class DemoApplications
{
    /// <summary>How the evaluators score an application (their scores vary a little within the kind).</summary>
    public enum Scoring
    {
        /// <summary>Fours and fives: 80–100 points, passes.</summary>
        Strong,

        /// <summary>Threes and fours: 60–80 points, passes (every threshold is 3).</summary>
        Passing,

        /// <summary>Fours and fives, but 2 on a criterion with a threshold: a good total that cannot be selected.</summary>
        BelowThreshold,

        /// <summary>Ones and twos: under the pass mark.</summary>
        Weak,

        /// <summary>Assigned to its evaluators, not scored yet.</summary>
        NotScored,
    }

    private static readonly (string Country, (string City, Scoring Scoring)[] Cities)[] ByCountry =
    [
        ("CA", [("City of Toronto", Scoring.Strong), ("Ville de Montréal", Scoring.Passing), ("City of Vancouver", Scoring.Passing), ("City of Calgary", Scoring.BelowThreshold), ("Halifax Regional Municipality", Scoring.Passing), ("City of Ottawa", Scoring.Passing)]),
        ("ZA", [("City of Cape Town", Scoring.Strong), ("City of Johannesburg", Scoring.Passing), ("eThekwini Municipality", Scoring.Passing), ("City of Tshwane", Scoring.Weak), ("Nelson Mandela Bay Metropolitan Municipality", Scoring.Passing), ("Buffalo City Metropolitan Municipality", Scoring.NotScored)]),
        ("SG", [("Singapore", Scoring.Passing)]),
        ("HK", [("Hong Kong", Scoring.Passing)]),
        ("KR", [("Busan Metropolitan City", Scoring.Strong), ("Incheon Metropolitan City", Scoring.BelowThreshold), ("Gwangju Metropolitan City", Scoring.Passing)]),
        ("TW", [("Taipei City", Scoring.Passing), ("Taichung City", Scoring.Passing), ("Kaohsiung City", Scoring.Weak)]),
        ("IT", [("Comune di Milano", Scoring.Strong), ("Comune di Torino", Scoring.Strong), ("Comune di Bologna", Scoring.BelowThreshold), ("Comune di Prato", Scoring.Strong), ("Comune di Parma", Scoring.NotScored), ("Comune di Firenze", Scoring.Strong)]),
        ("DE", [("Berlin", Scoring.Strong), ("Freie und Hansestadt Hamburg", Scoring.Strong), ("Landeshauptstadt München", Scoring.Strong), ("Stadt Köln", Scoring.BelowThreshold), ("Frankfurt am Main", Scoring.Strong), ("Stadt Leipzig", Scoring.Weak), ("Stadt Freiburg im Breisgau", Scoring.Passing)]),
        ("PT", [("Câmara Municipal de Lisboa", Scoring.Passing), ("Município de Braga", Scoring.BelowThreshold)]),
        ("ES", [("Ajuntament de Barcelona", Scoring.Strong), ("Ayuntamiento de Madrid", Scoring.Passing), ("Ajuntament de València", Scoring.Passing), ("Ayuntamiento de Almería", Scoring.Weak), ("Ayuntamiento de Fuenlabrada", Scoring.Passing)]),
        ("GR", [("Municipality of Athens", Scoring.Weak), ("Municipality of Thessaloniki", Scoring.Passing)]),
        ("NL", [("Gemeente Utrecht", Scoring.Passing), ("Gemeente Eindhoven", Scoring.Weak)]),
        ("FR", [("Ville de Lyon", Scoring.Passing), ("Ville de Nantes", Scoring.Passing), ("Saint-Germain-en-Laye", Scoring.NotScored)]),
        ("BE", [("Stad Gent", Scoring.Passing), ("Ville de Liège", Scoring.Passing)]),
        ("EE", [("Tartu linn", Scoring.Passing)]),
        ("PL", [("Miasto Gdańsk", Scoring.Passing), ("Miasto Poznań", Scoring.NotScored)]),
        ("CZ", [("Statutární město Brno", Scoring.NotScored)]),
        ("SI", [("Mestna občina Ljubljana", Scoring.Passing)]),
        ("IE", [("Cork City Council", Scoring.Passing)]),
        ("FI", [("Tampereen kaupunki", Scoring.Passing)]),
        ("DK", [("Aarhus Kommune", Scoring.BelowThreshold)]),
        ("AT", [("Stadt Graz", Scoring.Passing)]),
        ("RO", [("Municipiul Timișoara", Scoring.Weak)]),
        ("SE", [("Malmö stad", Scoring.Passing)]),
    ];

    /// <summary>
    /// The applications in the order they are made (60; a larger demo goes round again): the first
    /// city of every country, then the second of those that have one, and so on, so that even a few
    /// applications cover every quota group.
    /// </summary>
    public static IReadOnlyList<(string Country, string City, Scoring Scoring)> Cycle { get; } =
    [
        .. Enumerable.Range(0, ByCountry.Max(c => c.Cities.Length))
            .SelectMany(round => ByCountry.Where(c => round < c.Cities.Length).Select(c => (c.Country, c.Cities[round].City, c.Cities[round].Scoring))),
    ];
}
