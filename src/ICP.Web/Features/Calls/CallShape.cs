namespace ICP.Web.Features.Calls;

/// <summary>
/// What a call is loaded with besides its own columns. Every shape carries the deadline extensions
/// and the individual extensions (a handful of rows), because <c>Call.CurrentDeadline</c> and
/// <c>Call.WindowFor</c> need them: no shape can give a wrong deadline.
/// </summary>
[Flags]
public enum CallShape
{
    /// <summary>The call, the deadline in force and every extension.</summary>
    Summary = 0,

    /// <summary>With its themes and planned phases.</summary>
    ThemesAndPhases = 1,

    /// <summary>With its quota groups and their territories.</summary>
    QuotaGroups = 2,

    /// <summary>With its evaluation criteria.</summary>
    Criteria = 4,

    /// <summary>With its objectives (the programme page, the translation editor).</summary>
    Objectives = 8,
}
