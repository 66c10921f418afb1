using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Infrastructure.Seeding;

/// <summary>
/// The ICP-AGIR call of 2021, as the founding text announces it (docs/domain.md lists the sources
/// and the decisions taken where the text is silent, such as the time of day of the deadline).
/// </summary>
public static class IcpAgir2021
{
    public const string CallCode = "ICP-AGIR-2021";

    /// <summary>Per-Member-State cap on the 14 EU seats (configurable; the cities chosen in 2021 came from 8 Member States, at most 3 from one).</summary>
    public const int DefaultMemberStateCap = 3;

    public static Call Create(IReadOnlyDictionary<string, Territory> territories, int memberStateCap = DefaultMemberStateCap)
    {
        var brussels = ZonedTime.FindZone(ZonedTime.BrusselsZoneId);
        var call = new Call(
            code: CallCode,
            referencePrefix: "ICP-2021",
            title: "International City Partnerships: Acting for Green and Inclusive Recovery",
            shortTitle: "ICP-AGIR",
            summary: "A European Union programme that gives local authorities in the EU the opportunity to cooperate "
                + "with peers in Canada, South Africa, Singapore, South Korea, Taiwan and Hong Kong. It develops urban "
                + "cooperation and city-to-city partnerships on challenges that cities all over the world face: the "
                + "circular economy, air quality, the energy transition, and the integration of migrants and refugees.",
            managedBy: "European Commission, Directorate-General for Regional and Urban Policy (DG REGIO)",
            opensAt: ZonedTime.ToInstant(new DateTime(2021, 10, 1, 0, 0, 0), brussels),
            deadline: ZonedTime.ToInstant(new DateTime(2021, 11, 15, 23, 59, 59), brussels).AddSeconds(1),
            timeZoneId: ZonedTime.BrusselsZoneId,
            passMark: 60);

        call.AddObjective("Improve the quality of life in the participating cities by promoting sustainable and integrated "
            + "urban development, through the identification of innovative policies and programmes.");
        call.AddObjective("Facilitate the exchange of information, creating a learning process based on the transfer of good "
            + "practices and of lessons learned from past experience.");
        call.AddObjective("Facilitate business, cooperation and local economic development, including low-carbon development.");

        call.AddTheme("circular-economy", "Circular economy",
            "Keeping materials and products in use for longer: waste prevention, reuse, repair and recycling, and "
            + "public procurement and local business models that close resource loops.");
        call.AddTheme("air-quality", "Air quality",
            "Cleaner air in cities: monitoring pollution, cleaner transport and heating, and measures that protect "
            + "residents' health.");
        call.AddTheme("energy-transition", "Energy transition",
            "Moving cities towards low-carbon energy: efficient buildings, renewable and local energy, and mobility "
            + "and planning that use less energy.");
        call.AddTheme("integration-of-migrants-and-refugees", "Integration of migrants and refugees",
            "Welcoming and including newcomers: access to housing, work, education and services, and local "
            + "partnerships that support integration.");

        IEnumerable<Territory> Pick(params string[] codes) => codes.Select(code => territories[code]);
        call.AddQuotaGroup("CA", "Canada", 4, null, Pick("CA"));
        call.AddQuotaGroup("ZA", "South Africa", 4, null, Pick("ZA"));
        call.AddQuotaGroup("SG", "Singapore", 1, null, Pick("SG"));
        call.AddQuotaGroup("HK", "Hong Kong", 1, null, Pick("HK"));
        call.AddQuotaGroup("KR", "South Korea", 2, null, Pick("KR"));
        call.AddQuotaGroup("TW", "Taiwan", 2, null, Pick("TW"));
        call.AddQuotaGroup("EU", "European Union", 14, memberStateCap,
            territories.Values.Where(t => t.IsEuMemberState).OrderBy(t => t.Name, StringComparer.Ordinal));

        call.AddPhase(PhaseKind.Call, "Call for expressions of interest",
            "Cities fill in the application form, available until 15 November 2021.",
            new DateOnly(2021, 10, 1), new DateOnly(2021, 11, 15), PhaseVenue.NotApplicable);
        call.AddPhase(PhaseKind.Selection, "Selection of the cities",
            "The 28 participating cities are selected: 14 in the EU and 14 in the partner countries and territories.",
            new DateOnly(2021, 10, 1), new DateOnly(2021, 12, 31), PhaseVenue.NotApplicable);
        call.AddPhase(PhaseKind.ClusterConsolidation, "Consolidation of the cooperation clusters",
            "The selected cities form their cooperation clusters and agree on their shared topics.",
            new DateOnly(2022, 1, 1), new DateOnly(2022, 3, 31), PhaseVenue.NotApplicable);
        call.AddPhase(PhaseKind.StudyVisit, "First working meeting and study visit in a non-EU city",
            "A six-day working meeting and study visit hosted by a partner city outside the EU.",
            new DateOnly(2022, 4, 1), new DateOnly(2022, 4, 30), PhaseVenue.NonEuCity, plannedDurationDays: 6);
        call.AddPhase(PhaseKind.OnlineCooperation, "Online cooperation with invited speakers",
            "The cities cooperate online with invited speakers; the sessions become an open online event.",
            new DateOnly(2022, 5, 1), new DateOnly(2022, 12, 31), PhaseVenue.Online, isOpenToPublic: true);
        call.AddPhase(PhaseKind.StudyVisit, "Second working meeting and study visit in an EU city",
            "A six-day working meeting and study visit hosted by a city in the EU.",
            new DateOnly(2022, 10, 1), new DateOnly(2022, 10, 31), PhaseVenue.EuCity, plannedDurationDays: 6);
        call.AddPhase(PhaseKind.ClosingConference, "Closing conference",
            "The programme closes with a conference presenting the partnerships' results.",
            new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 28), PhaseVenue.ToBeAnnounced);

        call.AddCriterion("Relevance to the chosen theme(s)",
            "How well the city's challenge and plans match the themes it chose.", 20, 3);
        call.AddCriterion("Potential for a partnership with the partner region's cities",
            "Shared interests and complementary experience with cities of the partner region.", 15, null);
        call.AddCriterion("Political commitment",
            "A signed letter of political commitment and the involvement of the city's leadership.", 15, 3);
        call.AddCriterion("Capacity",
            "Staff time, working English, and the ability to travel and to host a study visit.", 15, null);
        call.AddCriterion("Good practices the city can share",
            "Policies and projects other cities could learn from.", 10, null);
        call.AddCriterion("Involvement of local stakeholders",
            "Business, academia and civil society taking part in the cooperation.", 10, null);
        call.AddCriterion("Follow-up",
            "A plan to turn the cooperation into a local action plan.", 10, null);
        call.AddCriterion("Fit with EU and UN urban frameworks",
            "Links to the Urban Agenda for the EU, the New Urban Agenda and the Sustainable Development Goals.", 5, null);

        return call;
    }
}
