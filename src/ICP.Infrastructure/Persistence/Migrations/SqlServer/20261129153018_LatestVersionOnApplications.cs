using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LatestVersionOnApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_CallId_Status",
                table: "Applications");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastSubmittedAt",
                table: "Applications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LatestPrimaryThemeId",
                table: "Applications",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LatestSecondaryThemeId",
                table: "Applications",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittedVersions",
                table: "Applications",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Applications submitted before this migration: their latest version's figures.
            migrationBuilder.Sql(
                """
                UPDATE a SET
                    a.[SubmittedVersions] = (SELECT COUNT(*) FROM [ApplicationVersions] AS v WHERE v.[ApplicationId] = a.[Id]),
                    a.[LastSubmittedAt] = latest.[SubmittedAt],
                    a.[LatestPrimaryThemeId] = latest.[PrimaryThemeId],
                    a.[LatestSecondaryThemeId] = latest.[SecondaryThemeId]
                FROM [Applications] AS a
                CROSS APPLY (SELECT TOP (1) v.[SubmittedAt], v.[PrimaryThemeId], v.[SecondaryThemeId] FROM [ApplicationVersions] AS v WHERE v.[ApplicationId] = a.[Id] ORDER BY v.[Number] DESC) AS latest;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_StaffCounts",
                table: "Applications",
                columns: new[] { "CallId", "Status", "QuotaGroupCode", "LatestPrimaryThemeId", "LatestSecondaryThemeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_StaffCounts",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LastSubmittedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LatestPrimaryThemeId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LatestSecondaryThemeId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SubmittedVersions",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CallId_Status",
                table: "Applications",
                columns: new[] { "CallId", "Status" });
        }
    }
}
