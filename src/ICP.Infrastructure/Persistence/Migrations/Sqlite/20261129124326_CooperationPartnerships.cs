using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CooperationPartnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CooperationPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxPartners = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationPlans_Calls_CallId",
                        column: x => x.CallId,
                        principalTable: "Calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnerPairs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperationPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    EuApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerTerritoryCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 2, nullable: false),
                    SharedThemes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Proposed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    EndedBecause = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerPairs_Applications_EuApplicationId",
                        column: x => x.EuApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerPairs_Applications_PartnerApplicationId",
                        column: x => x.PartnerApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerPairs_CooperationPlans_CooperationPlanId",
                        column: x => x.CooperationPlanId,
                        principalTable: "CooperationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationPlans_CallId",
                table: "CooperationPlans",
                column: "CallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerPairs_CooperationPlanId_EndedAt",
                table: "PartnerPairs",
                columns: new[] { "CooperationPlanId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerPairs_EuApplicationId",
                table: "PartnerPairs",
                column: "EuApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerPairs_PartnerApplicationId",
                table: "PartnerPairs",
                column: "PartnerApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerPairs");

            migrationBuilder.DropTable(
                name: "CooperationPlans");
        }
    }
}
