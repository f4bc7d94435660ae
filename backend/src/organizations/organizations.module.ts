import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { Account } from './account.entity.js';
import { AccountBalancesService } from './account-balances.service.js';
import { AccountStatementsService } from './account-statements.service.js';
import { AccountsController } from './accounts.controller.js';
import { AccountsService } from './accounts.service.js';
import { ClientUser } from './client-user.entity.js';
import { ClientUsersService } from './client-users.service.js';
import { ManagerClientsController } from './manager-clients.controller.js';
import { ManagerClientsService } from './manager-clients.service.js';
import { ManagerController } from './manager.controller.js';
import { Organization } from './organization.entity.js';
import { OrganizationsService } from './organizations.service.js';
import { OwnAccounts } from './own-accounts.service.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { StatementExportsService } from './statement-exports/statement-exports.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, ClientUser, Account]), AuditModule, ReferenceModule],
  controllers: [ManagerController, ManagerClientsController, AccountsController],
  providers: [
    OrganizationsService,
    ClientUsersService,
    AccountsService,
    AccountBalancesService,
    AccountStatementsService,
    OwnAccounts,
    StatementExportsService,
    ManagerClientsService,
  ],
  exports: [OrganizationsService, ClientUsersService, AccountsService, OwnAccounts],
})
export class OrganizationsModule {}
