import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseUuidParam } from '../common/validation/path-params.js';
import { ManagerAccess } from '../access/access.decorators.js';
import type { Account } from './account.entity.js';
import { AccountsService } from './accounts.service.js';
import type { ClientUser } from './client-user.entity.js';
import { ClientUsersService } from './client-users.service.js';
import { CreateAccountDto } from './dto/create-account.dto.js';
import { CreateClientUserDto } from './dto/create-client-user.dto.js';
import { CreateOrganizationDto } from './dto/create-organization.dto.js';
import { UpdateClientUserDto } from './dto/update-client-user.dto.js';
import type { Organization } from './organization.entity.js';
import { OrganizationsService } from './organizations.service.js';

/** Bank managers onboard clients: the organization, its accounts, its users and their rights. */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class ManagerController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
    private readonly users: ClientUsersService,
  ) {}

  @Post('organizations')
  @ApiOperation({ summary: 'Register a business client' })
  createOrganization(@Body() dto: CreateOrganizationDto): Promise<Organization> {
    return this.organizations.create(dto);
  }

  @Get('organizations/:id')
  getOrganization(@Param('id', ParseUuidParam) id: string): Promise<Organization> {
    return this.organizations.get(id);
  }

  @Post('organizations/:id/accounts')
  @ApiOperation({ summary: "Register one of the organization's accounts at this bank" })
  createAccount(@Param('id', ParseUuidParam) id: string, @Body() dto: CreateAccountDto): Promise<Account> {
    return this.accounts.create(id, dto);
  }

  @Post('organizations/:id/users')
  @ApiOperation({ summary: 'Create a client user with a signature right and channels' })
  createUser(@Param('id', ParseUuidParam) id: string, @Body() dto: CreateClientUserDto): Promise<ClientUser> {
    return this.users.create(id, dto);
  }

  @Patch('users/:id')
  @ApiOperation({ summary: "Change a user's right or channels, block or unblock" })
  updateUser(@Param('id', ParseUuidParam) id: string, @Body() dto: UpdateClientUserDto): Promise<ClientUser> {
    return this.users.update(id, dto);
  }
}
