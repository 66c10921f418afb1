namespace ICP.Web.Features.Applications;

/// <summary>The staff dashboard's figures: applications by status, quota group and theme, submissions per day.</summary>
public sealed record DashboardData(
    IReadOnlyList<(string Label, int Count)> ByStatus, IReadOnlyList<(string Group, int Applications, int Seats, int Selected)> ByGroup,
    IReadOnlyList<(string Theme, int Count)> ByTheme, IReadOnlyList<(DateOnly Day, int Count)> SubmissionsPerDay, int Total, int Submitted);
