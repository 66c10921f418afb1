using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.Sqlite
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

            migrationBuilder.AddColumn<long>(
                name: "LastSubmittedAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LatestPrimaryThemeId",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LatestSecondaryThemeId",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittedVersions",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Applications submitted before this migration: their latest version's figures.
            migrationBuilder.Sql(
                """
                UPDATE "Applications" SET
                    "SubmittedVersions" = (SELECT COUNT(*) FROM "ApplicationVersions" AS v WHERE v."ApplicationId" = "Applications"."Id"),
                    "LastSubmittedAt" = (SELECT v."SubmittedAt" FROM "ApplicationVersions" AS v WHERE v."ApplicationId" = "Applications"."Id" ORDER BY v."Number" DESC LIMIT 1),
                    "LatestPrimaryThemeId" = (SELECT v."PrimaryThemeId" FROM "ApplicationVersions" AS v WHERE v."ApplicationId" = "Applications"."Id" ORDER BY v."Number" DESC LIMIT 1),
                    "LatestSecondaryThemeId" = (SELECT v."SecondaryThemeId" FROM "ApplicationVersions" AS v WHERE v."ApplicationId" = "Applications"."Id" ORDER BY v."Number" DESC LIMIT 1);
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
